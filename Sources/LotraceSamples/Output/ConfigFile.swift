/// `lotrace.json`: the settings Lotrace reads beside the exports (the company printed on
/// documents and the exports' time zone), for the sample company.
enum ConfigFile {
    static let name = "lotrace.json"

    static let text = """
        {
          "company": {
            "name": "Hartwell Bakery Ltd",
            "street": "14 Mill Lane",
            "city": "Millbrook",
            "zip": "MB1 4HL",
            "country": "United Kingdom",
            "email": "orders@hartwell-bakery.example",
            "phone": "+44 1632 960 014"
          },
          "timeZone": "Europe/London"
        }

        """

    /// Writes the file into `directory`.
    static func write(in directory: String) throws {
        let sink = try ByteSink(path: directory + "/" + name)
        sink.text(text)
        try sink.close()
    }
}
