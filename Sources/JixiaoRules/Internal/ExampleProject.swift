import JixiaoParsing

/// A small, complete and clean project file that rule examples start from, so every example is a
/// whole file a user could save under `content/` and only the line that matters differs.
enum ExampleProject {
    /// A table with every category filled in and nothing any rule reports.
    static let clean = """
        项目名称: 科技统计调查
        预算单位: 331202 天津市科学技术发展战略研究院
        预算年度: 2022
        金额单位: 万元
        预算: {预算数: 15.00, 财政资金: 15.00, 其他资金: ""}
        资金用途: 开展年度科技统计调查，编制统计资料
        绩效目标:
          - 完成年度科技统计调查并形成统计资料
        绩效指标:
          产出指标:
            数量指标:
              - 三级指标: 调查单位数
                绩效指标描述: 科技统计调查单位数
                指标值: ≥287家
            质量指标:
              - 三级指标: 数据审核通过率
                绩效指标描述: 调查数据通过上级部门审核的比例
                指标值: ≥95%
            时效指标:
              - 三级指标: 完成时间
                绩效指标描述: 工作完成时间
                指标值: 2022年12月
            成本指标:
              - 三级指标: 成本
                绩效指标描述: 开展工作所花费的成本
                指标值: ≤15万元
          效益指标:
            社会效益指标:
              - 三级指标: 内参报告
                绩效指标描述: 形成内参报告报送相关领导
                指标值: ≥4篇
          满意度指标:
            服务对象满意度指标:
              - 三级指标: 服务单位满意度
                绩效指标描述: 被调查单位对服务的满意程度
                指标值: ≥90%

        """

    /// A clean table in the 2021 framework: 成本指标 as level 1, 可持续影响指标 still used.
    static let framework2021 = """
        项目名称: 科技统计调查
        预算单位: 331202 天津市科学技术发展战略研究院
        预算年度: 2022
        金额单位: 万元
        预算: {预算数: 15.00, 财政资金: 15.00, 其他资金: ""}
        资金用途: 开展年度科技统计调查，编制统计资料
        绩效目标:
          - 完成年度科技统计调查并形成统计资料
        绩效指标:
          成本指标:
            经济成本指标:
              - 三级指标: 调查经费
                绩效指标描述: 开展调查所花费的经费
                指标值: ≤15万元
          产出指标:
            数量指标:
              - 三级指标: 调查单位数
                绩效指标描述: 科技统计调查单位数
                指标值: ≥287家
            质量指标:
              - 三级指标: 数据审核通过率
                绩效指标描述: 调查数据通过上级部门审核的比例
                指标值: ≥95%
            时效指标:
              - 三级指标: 完成时间
                绩效指标描述: 工作完成时间
                指标值: 2022年12月底前
          效益指标:
            可持续影响指标:
              - 三级指标: 统计数据库
                绩效指标描述: 形成可持续更新的科技统计数据库
                指标值: ≥1个
          满意度指标:
            服务对象满意度指标:
              - 三级指标: 服务单位满意度
                绩效指标描述: 被调查单位对服务的满意程度
                指标值: ≥90%

        """

    /// The clean table with text replaced, e.g. `replacing("指标值: ≤15万元", with: "指标值: <18万元")`.
    /// A replacement whose original is not found leaves the example clean, which the generic test catches.
    static func replacing(_ replacements: (String, String)...) -> String {
        replacements.reduce(clean) { text, pair in TextSearch.replacing(pair.0, with: pair.1, in: text) }
    }

    /// The clean table as it looks at year end: every indicator with 实际完成值, plus 预算执行数.
    static let yearEnd = """
        项目名称: 科技统计调查
        预算单位: 331202 天津市科学技术发展战略研究院
        预算年度: 2022
        金额单位: 万元
        预算: {预算数: 15.00, 财政资金: 15.00, 其他资金: ""}
        预算执行数: 14.50
        资金用途: 开展年度科技统计调查，编制统计资料
        绩效目标:
          - 完成年度科技统计调查并形成统计资料
        绩效指标:
          产出指标:
            数量指标:
              - 三级指标: 调查单位数
                绩效指标描述: 科技统计调查单位数
                指标值: ≥287家
                实际完成值: 301家
            质量指标:
              - 三级指标: 数据审核通过率
                绩效指标描述: 调查数据通过上级部门审核的比例
                指标值: ≥95%
                实际完成值: 98%
            时效指标:
              - 三级指标: 完成时间
                绩效指标描述: 工作完成时间
                指标值: 2022年12月
                实际完成值: 2022年11月
            成本指标:
              - 三级指标: 成本
                绩效指标描述: 开展工作所花费的成本
                指标值: ≤15万元
                实际完成值: 14.5万元
          效益指标:
            社会效益指标:
              - 三级指标: 内参报告
                绩效指标描述: 形成内参报告报送相关领导
                指标值: ≥4篇
                实际完成值: 5篇
          满意度指标:
            服务对象满意度指标:
              - 三级指标: 服务单位满意度
                绩效指标描述: 被调查单位对服务的满意程度
                指标值: ≥90%
                实际完成值: 93%

        """

    /// The year-end table with text replaced.
    static func yearEndReplacing(_ replacements: (String, String)...) -> String {
        replacements.reduce(yearEnd) { text, pair in TextSearch.replacing(pair.0, with: pair.1, in: text) }
    }
}
