using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using GradingBench;
using TruongSo.Rules.Grading;

BenchmarkSwitcher.FromAssembly(typeof(WholeSchoolYear).Assembly).Run(args);

namespace GradingBench
{
    /// <summary>One school's year-end: every student's whole year through the public TT22 engine. Goal: under 50 ms for 2,000.</summary>
    [MemoryDiagnoser]
    public class WholeSchoolYear
    {
        private Tt22Input[] students = [];

        [Params(2000)]
        public int Students { get; set; }

        [GlobalSetup]
        public void Setup() => students = SyntheticYear.Students(Students, seed: 2026);

        /// <summary>What the gradebook runs for a class or a school: results only.</summary>
        [Benchmark(Baseline = true)]
        public int Results() => Run(explain: false);

        /// <summary>What the calculator page shows: the Vietnamese steps as well.</summary>
        [Benchmark]
        public int WithExplanation() => Run(explain: true);

        private int Run(bool explain)
        {
            var promoted = 0;
            foreach (var student in students)
            {
                if (Tt22Engine.Evaluate(student, GradingSettings.Default, explain).YearEnd?.Outcome == Outcome.LenLop)
                {
                    promoted++;
                }
            }
            return promoted;
        }
    }
}
