namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>Học kì I, học kì II, cả năm: the periods results are recorded for.</summary>
public enum GradingPeriod { Hk1 = 1, Hk2 = 2, Year = 3 }
