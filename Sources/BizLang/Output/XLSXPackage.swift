import Foundation
import ZIPFoundation

/// Zips a workbook's parts into the bytes of an .xlsx file, in memory, so
/// that the write itself goes through Interpreter.writeFile and its policy.
enum XLSXPackage {
    /// Every entry carries the same date, so one script writes the same
    /// bytes on every run (runs are reproducible; so are their files).
    // 1980-01-02 12:00 UTC: after the zip epoch in every time zone.
    static let fixedDate = Date(timeIntervalSince1970: 315_662_400)

    /// The zip's bytes, or why it could not be made.
    static func zip(_ parts: [(String, String)]) -> Result<[UInt8], PackageError> {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { return .failure(PackageError(message: "the archive has no data")) }
            return .success([UInt8](bytes))
        } catch {
            return .failure(PackageError(message: "\(error)"))
        }
    }

    struct PackageError: Error { let message: String }
}
