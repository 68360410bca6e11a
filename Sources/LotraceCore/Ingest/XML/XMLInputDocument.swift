/// What an XML input holds: its format and one table per model, in order of first appearance.
public struct XMLInputDocument: Sendable, Equatable {
    /// A top-level element of an Odoo data file that is not a record (`<function>`,
    /// `<delete>`, `<menuitem>`, `<template>`...): not read, listed so the caller can report it.
    public struct IgnoredElement: Sendable, Equatable {
        /// Local name of the element.
        public var name: String
        public var line: Int

        /// Creates an ignored-element entry.
        public init(name: String, line: Int) {
            self.name = name
            self.line = line
        }
    }

    /// `.odooXML` or `.lotraceXML`.
    public var format: InputFile.Format
    public var tables: [SourceTable]
    /// Top-level elements that are not records, in document order (Odoo data files only).
    public var ignoredElements: [IgnoredElement]

    /// Creates a document value.
    public init(format: InputFile.Format, tables: [SourceTable], ignoredElements: [IgnoredElement] = []) {
        self.format = format
        self.tables = tables
        self.ignoredElements = ignoredElements
    }
}
