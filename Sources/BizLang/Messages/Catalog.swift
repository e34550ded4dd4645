/// Every family of messages, for CatalogTests and for tools that list ids.
public enum Catalog {
    public static let families: [[any MessageKind]] = [
        CommonText.allCases,
        FinanceText.allCases,
        TypeText.allCases, SyntaxText.allCases, UnitText.allCases, RuntimeText.allCases,
        BuiltinText.allCases, ModuleText.allCases,
        ReplText.allCases,
        CLIText.allCases,
        FileText.allCases,
        ReportText.allCases,
        CoreText.allCases,
        ModelText.allCases,
        MemoryText.allCases,
        LimitText.allCases,
        WhatIfText.allCases,
        ProgressText.allCases,
        ExplainText.allCases,
        ViewText.allCases,
        OutputText.allCases,
        EditorText.allCases,
        ServeText.allCases,
    ]

    public static var all: [any MessageKind] { families.flatMap { $0 } }
}
