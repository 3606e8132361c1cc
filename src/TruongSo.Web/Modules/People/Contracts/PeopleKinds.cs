namespace TruongSo.Web.Modules.People.Contracts;

public enum Gender { Male, Female }

/// <summary>Where a student stands with the school that holds their profile.</summary>
public enum StudentStatus { Studying, TransferredOut, Withdrawn, Graduated }

/// <summary>Why a stay at a school ended.</summary>
public enum LeaveReason { Transferred, Withdrawn, Graduated }

/// <summary>The year-end decision for a student (TT22 Điều 12–14); made by hand until the gradebook decides.</summary>
public enum YearEndOutcome { Promote, Repeat, Graduate }

public enum StaffStatus { Working, Left }
