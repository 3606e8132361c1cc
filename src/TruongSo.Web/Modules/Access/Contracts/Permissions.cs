namespace TruongSo.Web.Modules.Access.Contracts;

/// <summary>
/// What a role may do within the org unit it is granted on. Modules add their permissions here,
/// so that the whole role × permission table can be read (and reviewed) in one screen.
/// Class-level rights (a teacher's own classes) come from <see cref="IClassScopeProvider"/>.
/// </summary>
public static class Permissions
{
    public const string ViewOrganization = "org.view";
    public const string ManageOrganization = "org.manage";
    public const string ManageSchools = "org.manage-schools";
    public const string ViewUsers = "users.view";
    public const string ManageUsers = "users.manage";
    public const string ViewAuditLog = "audit.view";
    public const string ViewStudents = "students.view";
    public const string ManageStudents = "students.manage";
    public const string ViewStaff = "staff.view";
    public const string ManageStaff = "staff.manage";
    public const string ViewAssignments = "teaching.view";
    public const string ManageAssignments = "teaching.manage";

    /// <summary>Read every class's sổ điểm and results (school, province or nation by the grant).</summary>
    public const string ViewGradebook = "gradebook.view";

    /// <summary>Lock a term, approve unlock requests, decide exemptions: the principal's part (TT22 Điều 20).</summary>
    public const string LockGradebook = "gradebook.lock";

    /// <summary>A province's choices on the points the regulation leaves open (grading-rules.md §6).</summary>
    public const string ManageGradingSettings = "gradebook.settings";

    /// <summary>Read the school's transcripts (học bạ số) and their signing state.</summary>
    public const string ViewRecords = "records.view";

    /// <summary>Sign transcripts as the principal (the GVCN's right comes from the class, not a role).</summary>
    public const string SignRecords = "records.sign";

    /// <summary>Apply the school's seal certificate; on paper the văn thư keeps the seal for the principal.</summary>
    public const string SealRecords = "records.seal";

    /// <summary>Revoke an issued transcript or issue a corrected version (the principal's decision).</summary>
    public const string ManageRecords = "records.manage";

    /// <summary>Read every class's attendance and the school's attendance reports (a teacher's own classes come from the class scope).</summary>
    public const string ViewAttendance = "attendance.view";

    /// <summary>Correct any class's attendance and decide absence requests for the school (the GVCN's right comes from the class).</summary>
    public const string ManageAttendance = "attendance.manage";

    /// <summary>Publish announcements to the whole school or a grade (a GVCN announces to their own class by the class).</summary>
    public const string Announce = "contactbook.announce";

    /// <summary>Make parents' accounts from the guardian records and hand over their activation codes.</summary>
    public const string ManageFamilyAccounts = "contactbook.family-accounts";

    /// <summary>Record and read guardians' consent to the school's processing of a child's data (Decree 13/2023).</summary>
    public const string ManageConsent = "privacy.consent";

    private static readonly string[] ReadAll = [ViewOrganization, ViewUsers, ViewAuditLog, ViewStudents, ViewStaff, ViewAssignments, ViewGradebook, ViewRecords, ViewAttendance];

    private static readonly Dictionary<string, string[]> ByRole = new()
    {
        [Roles.SystemAdmin] = [.. ReadAll, ManageOrganization, ManageSchools, ManageUsers, ManageStudents, ManageStaff, ManageAssignments, LockGradebook, ManageGradingSettings, SignRecords, SealRecords, ManageRecords, ManageAttendance, Announce, ManageFamilyAccounts, ManageConsent],
        [Roles.MinistryOfficer] = ReadAll,
        [Roles.ProvinceOfficer] = [.. ReadAll, ManageSchools, ManageGradingSettings],
        [Roles.Principal] = [.. ReadAll, ManageOrganization, ManageStudents, ManageStaff, ManageAssignments, LockGradebook, SignRecords, SealRecords, ManageRecords, ManageAttendance, Announce, ManageFamilyAccounts, ManageConsent],
        [Roles.SchoolAdmin] = [ViewOrganization, ManageOrganization, ViewUsers, ManageUsers, ViewStudents, ManageStudents, ViewStaff, ManageStaff, ViewAssignments, ManageAssignments, ViewGradebook, ViewRecords, SealRecords,
            ViewAttendance, ManageAttendance, Announce, ManageFamilyAccounts, ManageConsent],
        [Roles.Teacher] = [ViewOrganization, ViewAssignments],
        [Roles.Accountant] = [ViewOrganization, ViewStudents],
        [Roles.Parent] = [],
        [Roles.Student] = [],
    };

    public static bool RoleHas(string role, string permission) =>
        ByRole.TryGetValue(role, out var granted) && granted.Contains(permission);
}
