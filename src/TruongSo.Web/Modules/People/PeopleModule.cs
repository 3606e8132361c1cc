using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.AddStaff;
using TruongSo.Web.Modules.People.AdmitStudent;
using TruongSo.Web.Modules.People.ChangePhoto;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.CreateStaffAccount;
using TruongSo.Web.Modules.People.EditGuardian;
using TruongSo.Web.Modules.People.EditStaff;
using TruongSo.Web.Modules.People.EditStudent;
using TruongSo.Web.Modules.People.EndSchoolYear;
using TruongSo.Web.Modules.People.GuardianList;
using TruongSo.Web.Modules.People.ImportExport;
using TruongSo.Web.Modules.People.LeaveSchool;
using TruongSo.Web.Modules.People.LinkGuardian;
using TruongSo.Web.Modules.People.MoveClass;
using TruongSo.Web.Modules.People.PlaceInClass;
using TruongSo.Web.Modules.People.Privacy;
using TruongSo.Web.Modules.People.StaffList;
using TruongSo.Web.Modules.People.StudentList;
using TruongSo.Web.Modules.People.StudentProfile;
using TruongSo.Web.Modules.People.TransferStudent;

namespace TruongSo.Web.Modules.People;

public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<StudentAccess>();
        services.AddScoped<StaffAccess>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IClassRosters, ClassRosters>();
        services.AddScoped<IFamilyLinks, FamilyLinks>();
        services.AddScoped<IContactAddresses, ContactAddresses>();
        services.AddScoped<IGuardianAccounts, GuardianAccounts>();
        services.AddScoped<IFamilyAccounts, FamilyAccounts>();
        services.AddScoped<IStudentParticulars, StudentParticularsReader>();
        services.AddScoped<StudentIdentity>();
        services.AddScoped<AdmitStudentHandler>();
        services.AddScoped<EditStudentHandler>();
        services.AddScoped<FindStudents>();
        services.AddScoped<StudentProfileQuery>();
        services.AddScoped<PlaceInClassHandler>();
        services.AddScoped<MoveClassHandler>();
        services.AddScoped<TransferStudentHandler>();
        services.AddScoped<LeaveSchoolHandler>();
        services.AddScoped<ChangePhotoHandler>();
        services.AddScoped<AddGuardianHandler>();
        services.AddScoped<ChangeGuardianLinkHandler>();
        services.AddScoped<EditGuardianHandler>();
        services.AddScoped<FindGuardians>();
        services.AddScoped<AddStaffHandler>();
        services.AddScoped<EditStaffHandler>();
        services.AddScoped<CreateStaffAccountHandler>();
        services.AddScoped<FindStaff>();
        services.AddScoped<RecordDecisionsHandler>();
        services.AddScoped<RollOverHandler>();
        services.AddScoped<YearEndQuery>();
        services.AddScoped<IYearEndDecisions, GradebookDecisions>();
        services.AddNavLink("Học sinh", "/hoc-sinh", "Hồ sơ học sinh, tiếp nhận, xếp lớp, chuyển trường.", 200,
            Roles.SystemAdmin, Roles.MinistryOfficer, Roles.ProvinceOfficer, Roles.Principal, Roles.SchoolAdmin, Roles.Teacher, Roles.Accountant);
        services.AddNavLink("Cán bộ", "/can-bo", "Hồ sơ cán bộ, giáo viên, nhân viên của trường.", 210,
            Roles.SystemAdmin, Roles.MinistryOfficer, Roles.ProvinceOfficer, Roles.Principal, Roles.SchoolAdmin);
        services.AddPeopleImportExport();
        services.AddPrivacy();
        return services;
    }

    public static WebApplication MapPeople(this WebApplication app)
    {
        var students = app.MapGroup("/api/v1/students").WithTags("Học sinh").RequireAuthorization();
        students.MapStudentList();
        students.MapAdmitStudent();
        students.MapStudentProfile();
        students.MapEditStudent();
        students.MapPlaceInClass();
        students.MapMoveClass();
        students.MapTransferStudent();
        students.MapLeaveSchool();
        students.MapLinkGuardian();
        students.MapChangePhoto();
        app.MapGroup("/api/v1/guardians").WithTags("Cha mẹ, người giám hộ").RequireAuthorization().MapGuardians();
        var staff = app.MapGroup("/api/v1/staff").WithTags("Cán bộ").RequireAuthorization();
        staff.MapStaffList();
        staff.MapAddStaff();
        staff.MapEditStaff();
        staff.MapCreateStaffAccount();
        app.MapGroup("/api/v1/school-years").WithTags("Năm học").RequireAuthorization().MapYearEnd();
        app.MapPeopleImportExport();
        app.MapPrivacy();
        return app;
    }
}
