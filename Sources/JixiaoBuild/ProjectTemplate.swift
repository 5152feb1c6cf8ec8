import Foundation
import JixiaoModel

/// The commented project file `jixiao new` writes: every key, the 2020 category tree with one example
/// indicator per level-2 category, and the year-end keys commented out until the year ends.
public enum ProjectTemplate {
    /// Thrown when the target exists and `--force` was not given.
    public struct FileExists: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) 已存在；不会覆盖（加 --force 才覆盖）(file exists)" }
    }

    /// The template text for a project; the year goes into every example date.
    public static func text(name: String = "（项目名称）", unit: String = "（单位编码） （单位名称）", year: Int) -> String {
        let y = String(year)
        return """
        # 项目支出绩效目标表（jixiao 项目文件）。一个项目一个文件，放在 content/ 下。
        # 把下面的示例内容换成本项目的内容；写完运行 jixiao check 检查。
        # 键名是表格上的中文名称，不能改写；“#”后面是注释，jixiao 不读。

        # 项目名称：项目的标题。
        项目名称: \(yamlText(name))
        # 预算单位：单位编码 + 空格 + 单位名称。
        预算单位: \(yamlText(unit))
        # 预算年度：四位数的年份。
        预算年度: \(y)
        # 金额单位：下面所有金额的单位，几乎总是 万元。
        金额单位: 万元

        # 预算：预算数 = 财政资金 + 其他资金；没有其他资金写 0。
        预算:
          预算数: 10.00
          财政资金: 10.00
          其他资金: 0

        # 资金用途：这笔钱用来做什么（一段文字）。
        资金用途: 用于开展调研、组织专家评审会和编印研究报告等支出

        # 绩效目标：每条目标一行，以“- ”开头；写清做什么、做到什么程度。
        绩效目标:
          - 完成年度调研和评估工作，形成研究报告，为相关决策提供参考。

        # 绩效指标：一级指标 → 二级指标 → 三级指标列表（2020 年框架）。
        # 每个三级指标必填：三级指标（名称）、绩效指标描述（衡量什么，不要照抄名称）、指标值。
        # 指标值尽量量化：比较符 + 数字 + 单位（≥20个、≤10万元、≥90%），时效写日期（\(y)年12月底前）；
        # 不能量化时用分级表述（达成/部分达成/未达成），不要写“显著提升”之类无法衡量的话。
        # 2021 年框架（财预〔2021〕101号）也可以用：成本指标作为一级指标，
        # 其下为经济成本指标、社会成本指标、生态环境成本指标。
        # 用不到的二级指标整段删去即可。
        #
        # 年终自评时，在每个三级指标下补上（现在不要填，填了就会按年终自评打分）：
        #   实际完成值: 实际达到的值，写法同指标值，如 23个
        #   偏差原因: 没有达到指标值时必须说明原因
        #   分值: 本指标的权重（可选；不写时按一级指标权重平分）
        #   得分: 单位自评的得分（可选；不超过分值）
        绩效指标:
          产出指标:
            数量指标:
              - 三级指标: 调研企业数量
                绩效指标描述: 年度内实地调研的企业数量
                指标值: ≥20家
                # 实际完成值: 23家
                # 偏差原因:
                # 分值: 10
                # 得分: 10
            质量指标:
              - 三级指标: 研究报告通过率
                绩效指标描述: 研究报告通过专家评审的比例
                指标值: ≥90%
            时效指标:
              - 三级指标: 完成时间
                绩效指标描述: 全部工作完成的时间
                指标值: \(y)年12月底前
            成本指标:
              - 三级指标: 项目总成本
                绩效指标描述: 完成全部工作支出的费用
                指标值: ≤10万元
          效益指标:
            经济效益指标:
              - 三级指标: 促成合作项目数
                绩效指标描述: 经调研对接促成的校企合作项目数量
                指标值: ≥3项
            社会效益指标:
              - 三级指标: 报告被采纳数
                绩效指标描述: 研究报告被主管部门采纳或批示的数量
                指标值: ≥1篇
            生态效益指标:
              - 三级指标: 无纸化评审比例
                绩效指标描述: 采用线上方式开展评审的比例
                指标值: ≥80%
            可持续影响指标:
              - 三级指标: 数据库更新次数
                绩效指标描述: 调研形成的企业数据库年度更新次数
                指标值: ≥2次
          满意度指标:
            服务对象满意度指标:
              - 三级指标: 服务对象满意度
                绩效指标描述: 调研企业对服务工作的满意程度
                指标值: ≥90%

        # 预算执行数（年终自评填写）：实际支出的金额，单位同金额单位。现在不要填。
        # 预算执行数: 9.80

        """
    }

    /// Writes a new project file at `url` (folders are created); refuses to overwrite unless `force`.
    public static func write(to url: URL, name: String? = nil, unit: String? = nil, year: Int, force: Bool) throws {
        if !force, FileManager.default.fileExists(atPath: url.path) {
            throw FileExists(path: url.path)
        }
        let projectName = name ?? url.deletingPathExtension().lastPathComponent
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let content = text(name: projectName, unit: unit ?? "（单位编码） （单位名称）", year: year)
        // Write beside the target and rename, so a half-written template never lands in content/.
        try Data(content.utf8).write(to: url, options: .atomic)
    }

    /// A value on one line, quoted when YAML would otherwise read it as something else.
    static func yamlText(_ value: String) -> String {
        let single = value.replacingOccurrences(of: "\n", with: " ")
        let special: Set<Character> = [":", "#", "'", "\"", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`"]
        let needsQuotes = single.isEmpty || single.first == "-" || single.first == "?" || single.first == " "
            || single.last == " " || single.contains(where: { special.contains($0) })
        guard needsQuotes else { return single }
        return "\"" + single.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
