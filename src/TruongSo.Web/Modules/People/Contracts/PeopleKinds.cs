using System.Text.Json.Serialization;

namespace TruongSo.Web.Modules.People.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<Gender>))]
public enum Gender { Male, Female }

/// <summary>Where a student stands with the school that holds their profile.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StudentStatus>))]
public enum StudentStatus { Studying, TransferredOut, Withdrawn, Graduated }

/// <summary>Why a stay at a school ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LeaveReason>))]
public enum LeaveReason { Transferred, Withdrawn, Graduated }

/// <summary>The year-end decision for a student (TT22 Điều 12–14); made by hand until the gradebook decides.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<YearEndOutcome>))]
public enum YearEndOutcome { Promote, Repeat, Graduate }

[JsonConverter(typeof(JsonStringEnumConverter<StaffStatus>))]
public enum StaffStatus { Working, Left }
