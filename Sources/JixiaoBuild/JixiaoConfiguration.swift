import Foundation
import JixiaoModel
import JixiaoScoring
import JixiaoSite
import Yams

/// The optional `jixiao.yaml` at the content root: score weights and site settings.
///
/// ```yaml
/// quality: {criteria: {完整性: 25, 相关性: 25, 适当性: 25, 可行性: 25}}
/// self_evaluation: {profile: {name: 默认, budget_execution: 10, output: 50, benefit: 30, satisfaction: 10}}
/// site: {title: 绩效目标仪表盘, repository_url: https://git.example.org/finance/targets}
/// ```
public struct JixiaoConfiguration: Sendable {
    public var scoring: ScoringConfiguration
    public var site: SiteConfiguration
    /// The file's bytes hashed, so caches notice a change of settings.
    public var cacheKey: String

    /// The top-level sections a `jixiao.yaml` may have.
    public static let sections = ["quality", "self_evaluation", "site"]

    public init(scoring: ScoringConfiguration = .default, site: SiteConfiguration = .init(), cacheKey: String = "default") {
        self.scoring = scoring
        self.site = site
        self.cacheKey = cacheKey
    }

    private struct SiteSection: Decodable {
        var site: SiteConfiguration?
    }

    /// Thrown for a `jixiao.yaml` that cannot be used; the message says which key and why.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads `jixiao.yaml` from the content root; a missing file gives the defaults.
    public static func load(from tree: ContentTree) throws -> JixiaoConfiguration {
        let url = tree.root.appendingPathComponent(ContentTree.configurationFileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return JixiaoConfiguration() }
        return try parse(data)
    }

    /// Decodes the bytes of a `jixiao.yaml`.
    public static func parse(_ data: Data) throws -> JixiaoConfiguration {
        guard let text = String(data: data, encoding: .utf8) else {
            throw Invalid(description: "jixiao.yaml 不是 UTF-8 编码")
        }
        if text.allSatisfy(\.isWhitespace) { return JixiaoConfiguration(cacheKey: ContentHash.hex(data)) }
        do {
            if case .mapping(let mapping)? = try Yams.compose(yaml: text, .basic) {
                for key in mapping.keys.compactMap(\.string) where !sections.contains(key) {
                    throw Invalid(description: "jixiao.yaml：未知的配置项“\(key)”；可用：\(sections.joined(separator: "、"))")
                }
            }
            let scoring = try YAMLDecoder().decode(ScoringConfiguration.self, from: text)
            let site = try YAMLDecoder().decode(SiteSection.self, from: text).site ?? SiteConfiguration()
            return JixiaoConfiguration(scoring: scoring, site: site, cacheKey: ContentHash.hex(data))
        } catch let invalid as Invalid {
            throw invalid
        } catch let DecodingError.dataCorrupted(context) {
            throw Invalid(description: "jixiao.yaml：\(context.debugDescription)")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw Invalid(description: "jixiao.yaml：\(path) \(context.debugDescription)")
        } catch {
            throw Invalid(description: "jixiao.yaml：\(error)")
        }
    }
}
