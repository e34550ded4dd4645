@main struct BizFuzz { static func main() {} }
