using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>POST /api/v1/grading/evaluate: the contract of ../shared/domain/grade-calculator-api.md, anonymous.</summary>
public sealed class CalculatorApiTests(CalculatorApp fixture) : IClassFixture<CalculatorApp>
{
    private const string Url = "/api/v1/grading/evaluate";

    // The contract's sample request, verbatim.
    private const string Sample = """
    {
      "ruleSet": "TT22", "grade": 7,
      "subjects": [
        { "code": "TOAN", "name": "Toán", "kind": "score", "regularCount": 4,
          "hk1": { "tx": [8, 7, 9, 6], "gk": 7.5, "ck": 8.0 },
          "hk2": { "tx": [8, 8, 9, 7], "gk": 8.0, "ck": 8.5 } },
        { "code": "GDTC", "name": "Giáo dục thể chất", "kind": "comment",
          "hk1": { "tx": ["D", "D"], "gk": "D", "ck": "CD" },
          "hk2": { "tx": ["D", "D"], "gk": "D", "ck": "D" } },
        { "code": "CONGNGHE", "kind": "score", "regularCount": 3,
          "hk1": { "average": 5.0 },
          "hk2": { "tx": [4, 4, 4], "gk": 5.1, "ck": 5.8 } },
        { "code": "AMNHAC", "kind": "comment", "year": "D" },
        { "code": "TIN", "kind": "score", "year": 4.9 }
      ],
      "conduct": { "hk1": "Kha", "hk2": "Tot" },
      "absences": 12,
      "summer": { "conduct": "Dat", "retests": { "TIN": 5.5 } }
    }
    """;

    private Task<HttpResponseMessage> PostAsync(string json) =>
        fixture.App.Anonymous().PostAsync(Url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private static JsonElement Subject(JsonElement r, string code) => r.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);

    [Fact]
    public async Task The_contract_sample_is_computed_by_the_rules_without_sign_in()
    {
        var r = await (await PostAsync(Sample)).JsonAsync();

        r.GetProperty("ruleSet").GetString().Should().Be("TT22");
        // HK II Toán: (8+8+9+7 + 2×8.0 + 3×8.5)/9 = 73.5/9 = 8.17 → 8.2 (the contract's sample response shows 8.1).
        Subject(r, "TOAN").ToString().Should().Be("""{"code":"TOAN","hk1":7.7,"hk2":8.2,"year":8.0}""");
        Subject(r, "GDTC").ToString().Should().Be("""{"code":"GDTC","hk1":"CD","hk2":"D","year":"D"}""");
        // HK II Công nghệ: (12 + 10.2 + 17.4)/8 = 4.95 → 5.0 exactly half-up.
        Subject(r, "CONGNGHE").ToString().Should().Be("""{"code":"CONGNGHE","hk1":5.0,"hk2":5.0,"year":5.0}""");
        Subject(r, "AMNHAC").ToString().Should().Be("""{"code":"AMNHAC","hk1":null,"hk2":null,"year":"D"}""");
        Subject(r, "TIN").ToString().Should().Be("""{"code":"TIN","hk1":null,"hk2":null,"year":4.9}""");
        // Only three scored subjects: "at least 6 subjects ≥ 5.0" cannot hold, so every level is Chưa đạt.
        r.GetProperty("learning").ToString().Should().Be("""{"hk1":"ChuaDat","hk2":"ChuaDat","year":"ChuaDat","yearAdjusted":false,"yearComputed":"ChuaDat"}""");
        r.GetProperty("conduct").GetProperty("year").GetString().Should().Be("Tot", "HK I Khá, HK II Tốt → Tốt");
        r.GetProperty("yearEnd").ToString().Should().Be("""{"outcome":"ChoHe","summerConductTraining":false,"retestSubjects":["TIN"]}""");
        r.GetProperty("final").ToString().Should().Be("""{"outcome":"OLaiLop","learning":"ChuaDat","conduct":"Tot"}""");
        r.GetProperty("honour").ValueKind.Should().Be(JsonValueKind.Null);
        r.GetProperty("incomplete").GetArrayLength().Should().Be(0);
        r.GetProperty("explanation").EnumerateArray().Select(e => e.GetString()).Should().Contain(l => l!.StartsWith("Toán, học kì I: ĐTBmhk = (8,0 + 7,0 + 9,0 + 6,0 + 2 × 7,5 + 3 × 8,0) : 9 ≈ 7,667 → 7,7", StringComparison.Ordinal));
    }

    private static JsonObject Year(params (string Code, object Value)[] subjects) => new()
    {
        ["ruleSet"] = "TT22",
        ["grade"] = 7,
        ["subjects"] = new JsonArray([.. subjects.Select(s => (JsonNode)new JsonObject
        {
            ["code"] = s.Code,
            ["kind"] = s.Value is string ? "comment" : "score",
            ["regularCount"] = s.Value is string ? null : 4,
            ["year"] = JsonValue.Create(s.Value),
        })]),
        ["conduct"] = new JsonObject { ["hk1"] = "Tot", ["hk2"] = "Tot" },
        ["absences"] = 3,
    };

    private static readonly (string, object)[] Ex10 =
    [
        ("TOAN", 9.0m), ("NGUVAN", 8.5m), ("NGOAINGU1", 8.2m), ("KHTN", 8.0m), ("LSDL", 8.0m), ("TINHOC", 8.1m), ("GDCD", 8.4m), ("CONGNGHE", 4.8m),
        ("GDTC", "D"), ("NGHETHUAT", "D"), ("HDTN", "D"), ("GDDP", "D"),
    ];

    [Fact]
    public async Task Ex10_one_subject_below_5_is_adjusted_to_Kha_and_promoted()
    {
        var r = await (await PostAsync(Year(Ex10).ToJsonString())).JsonAsync();
        r.GetProperty("learning").GetProperty("year").GetString().Should().Be("Kha");
        r.GetProperty("learning").GetProperty("yearAdjusted").GetBoolean().Should().BeTrue();
        r.GetProperty("learning").GetProperty("yearComputed").GetString().Should().Be("Dat");
        r.GetProperty("yearEnd").GetProperty("outcome").GetString().Should().Be("LenLop");
        r.GetProperty("honour").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Ex21_both_Chua_dat_waits_for_the_summer_by_default_and_repeats_under_the_literal_setting()
    {
        (string, object)[] ex21 =
        [
            ("TOAN", 4.2m), ("NGUVAN", 5.5m), ("NGOAINGU1", 3.0m), ("KHTN", 5.0m), ("LSDL", 6.0m), ("TINHOC", 5.2m), ("GDCD", 5.8m), ("CONGNGHE", 5.4m),
            ("GDTC", "D"), ("NGHETHUAT", "D"), ("HDTN", "D"), ("GDDP", "D"),
        ];
        var request = Year(ex21);
        request["conduct"] = new JsonObject { ["hk1"] = "Kha", ["hk2"] = "ChuaDat" };

        var byDefault = await (await PostAsync(request.ToJsonString())).JsonAsync();
        byDefault.GetProperty("yearEnd").ToString().Should().Be("""{"outcome":"ChoHe","summerConductTraining":true,"retestSubjects":["TOAN","NGOAINGU1"]}""");

        request["settings"] = new JsonObject { ["whenConductAndLearningChuaDat"] = "RepeatYear" };
        var literal = await (await PostAsync(request.ToJsonString())).JsonAsync();
        literal.GetProperty("yearEnd").GetProperty("outcome").GetString().Should().Be("OLaiLop");
    }

    [Fact]
    public async Task Ex6_year_average_follows_the_setting()
    {
        var request = JsonNode.Parse("""
            { "ruleSet": "TT22", "grade": 8, "subjects": [ { "code": "TOAN", "kind": "score", "regularCount": 4,
              "hk1": { "tx": [6, 6, 6, 6.1], "gk": 6, "ck": 6 }, "hk2": { "tx": [6, 6, 6, 6], "gk": 6, "ck": 8 } } ] }
            """)!.AsObject();
        Subject(await (await PostAsync(request.ToJsonString())).JsonAsync(), "TOAN").GetProperty("year").GetDecimal().Should().Be(6.5m);

        request["settings"] = new JsonObject { ["yearAverageFrom"] = "UnroundedSemesterAverages" };
        Subject(await (await PostAsync(request.ToJsonString())).JsonAsync(), "TOAN").GetProperty("year").GetDecimal().Should().Be(6.4m);
    }

    [Fact]
    public async Task Missing_assessments_are_listed_not_refused()
    {
        var r = await (await PostAsync("""
            { "ruleSet": "TT22", "grade": 7, "subjects": [ { "code": "TOAN", "kind": "score", "regularCount": 4,
              "hk1": { "tx": [8, 8, 8], "ck": 8 }, "hk2": { "tx": [8, 8, 8, 8], "gk": 8, "ck": 8 } } ] }
            """)).JsonAsync();
        r.GetProperty("incomplete").ToString().Should().Be("""[{"code":"TOAN","term":"hk1","missing":"tx"},{"code":"TOAN","term":"hk1","missing":"gk"}]""");
        Subject(r, "TOAN").ToString().Should().Be("""{"code":"TOAN","hk1":null,"hk2":8.0,"year":null}""");
        r.GetProperty("learning").GetProperty("year").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"TOAN","kind":"score","regularCount":4,"hk1":{"tx":[8,7,11]}}]}""", "subjects[0].hk1.tx[2]", "từ 0 đến 10")]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"TOAN","kind":"score","regularCount":4,"hk1":{"tx":[8],"gk":7.25}}]}""", "subjects[0].hk1.gk", "một chữ số thập phân")]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"TOAN","kind":"score","regularCount":2,"hk2":{"tx":[8,7,9]}}]}""", "subjects[0].hk2.tx", "nhiều hơn 2")]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"GDTC","kind":"comment","year":"Gioi"}]}""", "subjects[0].year", "\"CD\"")]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"TOAN","kind":"score","regularCount":4,"year":8}],"conduct":{"hk1":"Gioi","hk2":"Tot"}}""", "conduct.hk1", "ChuaDat")]
    [InlineData("""{"ruleSet":"TT23","grade":7,"subjects":[]}""", "ruleSet", "TT22")]
    [InlineData("""{"ruleSet":"TT22","grade":13,"subjects":[{"code":"TOAN","kind":"score","regularCount":4,"year":8}]}""", "grade", "từ 6 đến 12")]
    [InlineData("""{"ruleSet":"TT27","grade":6,"subjects":[{"code":"TOAN","level":"T","test":9}]}""", "grade", "từ 1 đến 5")]
    [InlineData("""{"ruleSet":"TT27","grade":4,"subjects":[{"code":"TOAN","level":"T","test":7.5}]}""", "subjects[0].test", "số nguyên")]
    [InlineData("""{"ruleSet":"TT27","grade":4,"subjects":[{"code":"TOAN","level":"X","test":7}]}""", "subjects[0].level", "Hoàn thành tốt")]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"TOAN","kind":"score","regularCount":4,"year":8}],"summer":{"retests":{"LY":5}}}""", "summer.retests.LY", "Không có môn LY")]
    [InlineData("""{"ruleSet":"TT22","grade":7,"subjects":[{"code":"TOAN","kind":"score","regularCount":4,"year":"8"}]}""", "subjects[0].year", "một số")]
    [InlineData("""{"ruleSet":"TT22","grade":"bảy","subjects":[]}""", "grade", "kiểu dữ liệu")]
    public async Task Invalid_input_is_400_naming_the_field_in_Vietnamese(string body, string field, string message)
    {
        var problem = await (await PostAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue(problem.ToString());
        messages[0].GetString().Should().Contain(message);
    }

    [Fact]
    public async Task TT27_P1_and_P2_through_HTTP()
    {
        var request = new JsonObject
        {
            ["ruleSet"] = "TT27",
            ["grade"] = 4,
            ["subjects"] = new JsonArray(
                new JsonObject { ["code"] = "TIENGVIET", ["level"] = "T", ["test"] = 10 },
                new JsonObject { ["code"] = "TOAN", ["level"] = "T", ["test"] = 9 },
                new JsonObject { ["code"] = "AMNHAC", ["level"] = "T" }),
            ["qualities"] = new JsonObject { ["yeuNuoc"] = "Tot", ["nhanAi"] = "Tot", ["chamChi"] = "Tot", ["trungThuc"] = "Tot", ["trachNhiem"] = "Tot" },
            ["competences"] = new JsonObject
            {
                ["tuChu"] = "Tot", ["giaoTiep"] = "Tot", ["gqvd"] = "Tot", ["ngonNgu"] = "Tot", ["tinhToan"] = "Tot",
                ["khoaHoc"] = "Tot", ["congNghe"] = "Tot", ["tinHoc"] = "Tot", ["thamMi"] = "Tot", ["theChat"] = "Tot",
            },
        };
        var p1 = await (await PostAsync(request.ToJsonString())).JsonAsync();
        p1.GetProperty("yearResult").GetString().Should().Be("HoanThanhXuatSac");
        p1.GetProperty("honour").GetString().Should().Be("XuatSac");

        request["subjects"]![1]!["test"] = 8;
        var p2 = await (await PostAsync(request.ToJsonString())).JsonAsync();
        p2.GetProperty("yearResult").GetString().Should().Be("HoanThanhTot");
        p2.GetProperty("honour").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_endpoint_is_in_the_OpenAPI_document()
    {
        var doc = await fixture.App.Anonymous().GetStringAsync("/openapi/v1.json");
        doc.Should().Contain("/api/v1/grading/evaluate").And.Contain("RecordedSemesterAverages");
    }
}
