import Testing
import JixiaoModel

@Suite struct GradeTests {
    @Test(arguments: [(100.0, Grade.excellent), (90, .excellent), (89.99, .good), (80, .good),
                      (79.5, .fair), (60, .fair), (59.9, .poor), (0, .poor)])
    func bandsFollowTheOfficialRules(score: Double, grade: Grade) {
        #expect(Grade(score: score) == grade)
    }

    @Test func diagnosticsSortByLineThenSeverity() {
        let a = Diagnostic(rule: "b", severity: .warning, location: .init(line: 3, column: 1), message: "")
        let b = Diagnostic(rule: "a", severity: .error, location: .init(line: 3, column: 1), message: "")
        let c = Diagnostic(rule: "a", severity: .info, location: .init(line: 1, column: 9), message: "")
        #expect([a, b, c].sorted() == [c, b, a])
    }
}
