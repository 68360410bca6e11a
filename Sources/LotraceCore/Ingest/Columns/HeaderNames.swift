/// The English labels and technical names of every role's columns.
enum HeaderNames {
    static let technical: Set<String> = Set(Role.allCases.flatMap { RoleColumns.specs(for: $0).flatMap(\.technicalNames) })
    static let english: Set<String> = Set(Role.allCases.flatMap { RoleColumns.specs(for: $0).flatMap(\.englishLabels) })
}
