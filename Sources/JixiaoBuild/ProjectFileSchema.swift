import Foundation
import JixiaoModel

/// The JSON Schema (draft-07, what the VS Code YAML extension reads) of a project file, for `jixiao schema`.
///
/// It judges what the parser judges — unknown keys, wrong types, missing keys — plus the category names,
/// so an editor marks them while typing. Scalars accept strings, numbers, booleans and blanks, because the
/// parser keeps every scalar as raw text: `2022`, `15.00` and `no` are all fine to it.
public enum ProjectFileSchema {
    /// The `$id` the schema declares.
    public static let identifier = "https://jixiao.invalid/schemas/project-file.schema.json"

    /// The schema as pretty-printed JSON with stable key order.
    public static func json() -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: document(),
                                                     options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func document() -> [String: Any] {
        [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": identifier,
            "title": "项目支出绩效目标表",
            "description": "jixiao 项目文件：content/ 下每个项目一个 YAML 文件。用 jixiao new 生成模板，用 jixiao check 检查。",
            "type": "object",
            "additionalProperties": false,
            "required": ["项目名称", "预算单位", "预算年度", "金额单位", "预算", "资金用途", "绩效目标", "绩效指标"],
            "properties": [
                "项目名称": text("项目名称：项目的标题，如“2022年度科技重大专项评估”。"),
                "预算单位": text("预算单位：单位编码和名称，如“331202 天津市科学技术发展战略研究院”。"),
                "预算年度": year(),
                "金额单位": text("金额单位：本表金额的单位，几乎总是“万元”。", examples: ["万元", "元"]),
                "预算": budget(),
                "资金用途": text("资金用途：这笔钱用在哪里（自由文字）。"),
                "绩效目标": goals(),
                "绩效指标": indicatorTree(),
                "预算执行数": amount("预算执行数（年终自评填写）：实际支出的金额；执行率 = 预算执行数 ÷ 预算数。未到年终不要填。"),
            ],
        ]
    }

    // MARK: - Sections

    private static func budget() -> [String: Any] {
        [
            "description": "预算：预算数 = 财政资金 + 其他资金，如 {预算数: 15.00, 财政资金: 15.00, 其他资金: 0}。",
            "type": "object",
            "additionalProperties": false,
            "required": ["预算数", "财政资金"],
            "properties": [
                "预算数": amount("预算数：项目预算总额，等于财政资金与其他资金之和。"),
                "财政资金": amount("财政资金：预算数中财政拨款的部分。"),
                "其他资金": amount("其他资金：预算数中其他来源的部分；没有时写 0 或留空。"),
            ],
        ]
    }

    private static func goals() -> [String: Any] {
        [
            "description": "绩效目标：编号的目标句子，每条一行，以“- ”开头。",
            "type": ["array", "null", "string"],
            "pattern": blankPattern,
            "items": text("一条绩效目标：做什么、做到什么程度。"),
        ]
    }

    /// 绩效指标: level-1 → level-2 → list of indicators; both frameworks' category names are allowed.
    private static func indicatorTree() -> [String: Any] {
        var level1Properties: [String: Any] = [:]
        for level1 in IndicatorCategory.level1 {
            var level2Properties: [String: Any] = [:]
            let children = IndicatorCategory.level2[level1] ?? []
            for level2 in children {
                level2Properties[level2] = [
                    "description": "二级指标“\(level2)”：其下为三级指标的列表，每项以“- 三级指标: …”开头。",
                    "type": ["array", "null", "string"],
                    "pattern": blankPattern,
                    "items": indicator(),
                ]
            }
            level1Properties[level1] = [
                "description": "一级指标“\(level1)”：其下的二级指标可为 \(children.joined(separator: "、"))。",
                "type": ["object", "null", "string"],
                "pattern": blankPattern,
                "additionalProperties": false,
                "properties": level2Properties,
                "propertyNames": ["enum": children],
            ]
        }
        return [
            "description": "绩效指标：以一级指标为键（产出指标、效益指标、满意度指标；2021 年框架下成本指标也是一级指标），"
                + "其下以二级指标为键，再下为三级指标列表。",
            "type": "object",
            "additionalProperties": false,
            "properties": level1Properties,
            "propertyNames": ["enum": IndicatorCategory.level1],
        ]
    }

    private static func indicator() -> [String: Any] {
        [
            "description": "一个三级指标：三级指标、绩效指标描述、指标值必填；实际完成值、偏差原因、分值、得分在年终自评时填写。",
            "type": "object",
            "additionalProperties": false,
            "required": ["三级指标", "绩效指标描述", "指标值"],
            "properties": [
                "三级指标": text("三级指标：指标的名称，如“评估项目数”。"),
                "绩效指标描述": text("绩效指标描述：具体衡量什么；不要照抄指标名称。"),
                "指标值": text("指标值：比较符 + 数字 + 单位（如 ≥20个、≤15万元、≥90%），时限（如 2022年12月底前），"
                    + "或不能量化时的分级表述（达成/部分达成/未达成）。",
                    examples: ["≥20个", "≤15万元", "≥90%", "2022年12月底前"]),
                "实际完成值": text("实际完成值（年终自评填写）：实际达到的值，写法与指标值相同，如 23个。"),
                "偏差原因": text("偏差原因（年终自评填写）：未完成指标值时必须说明原因。"),
                "分值": text("分值（年终自评，可选）：本指标在自评中的权重；不写时按所属一级指标的权重平分。"),
                "得分": text("得分（年终自评，可选）：单位自评给出的得分，不超过分值。"),
            ],
        ]
    }

    // MARK: - Scalars

    /// Any scalar: the parser reads it as text whatever YAML would call it.
    private static func text(_ description: String, examples: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["description": description, "type": ["string", "number", "boolean", "null"]]
        if !examples.isEmpty { schema["examples"] = examples }
        return schema
    }

    /// A money amount: a number, written as a number or as text (`15.00`, `1,500`), or blank.
    private static func amount(_ description: String) -> [String: Any] {
        [
            "description": description + " 写数字，如 15.00；单位见“金额单位”。",
            "type": ["number", "string", "null"],
            "pattern": "^\\s*([-+]?[0-9][0-9,，]*(\\.[0-9]*)?)?\\s*$",
        ]
    }

    private static func year() -> [String: Any] {
        [
            "description": "预算年度：四位数的年份，如 2022。",
            "type": ["integer", "string", "null"],
            "minimum": 1000,
            "maximum": 9999,
            "pattern": "^\\s*([0-9]{4})?\\s*$",
        ]
    }

    /// A section left empty: YAML null in editors, an empty string when read as text. Keywords such as
    /// `pattern` and `properties` apply only to their own type, so one schema covers both without `anyOf`
    /// (whose error messages editors cannot explain).
    private static let blankPattern = "^\\s*$"
}
