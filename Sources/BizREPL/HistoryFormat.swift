// The history file format: UTF-8 text, one entry per line. Inside an entry,
// a backslash is written `\\` and a newline `\n`, so a multi-line entry stays
// one line of the file. We use our own format rather than libedit's
// `_HiStOrY_V2_` (which escapes spaces as `\040`) so that we control locking,
// trimming and merging, and the file stays readable with `cat`.

enum HistoryFormat {
    static func encode(_ entry: String) -> String {
        var out = ""
        out.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func decode(_ line: Substring) -> String {
        var out = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(scalar)   // `\\`, and lenient on unknown escapes
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }   // a dangling backslash is kept, not dropped
        return out
    }

    /// Parses a whole file; blank lines are skipped.
    static func parse(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(decode)
    }

    static func render(_ entries: [String]) -> String {
        entries.map { encode($0) + "\n" }.joined()
    }
}
