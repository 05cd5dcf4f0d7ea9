using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Governance.Migrations
{
    /// <inheritdoc />
    public partial class AddAmendmentsBallotsAndVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "amendment_comments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AmendmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_amendment_comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Charter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClauseId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AfterClauseId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProposedTitle = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedBody = table.Column<string>(type: "TEXT", nullable: false),
                    BaseStateVector = table.Column<byte[]>(type: "BLOB", nullable: false),
                    BranchUpdate = table.Column<byte[]>(type: "BLOB", nullable: false),
                    BaseTitle = table.Column<string>(type: "TEXT", nullable: false),
                    BaseBody = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusBeforeConflict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_amendments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ballot_voters",
                columns: table => new
                {
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ballot_voters", x => new { x.BallotId, x.MemberId });
                });

            migrationBuilder.CreateTable(
                name: "ballots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Charter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Quorum = table.Column<decimal>(type: "TEXT", nullable: false),
                    Threshold = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HideResultsUntilClose = table.Column<bool>(type: "INTEGER", nullable: false),
                    Secret = table.Column<bool>(type: "INTEGER", nullable: false),
                    Electorate = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    SecretKey = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Yes = table.Column<int>(type: "INTEGER", nullable: true),
                    No = table.Column<int>(type: "INTEGER", nullable: true),
                    Abstain = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosingSoonNotified = table.Column<bool>(type: "INTEGER", nullable: false),
                    CloseError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ballots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "votes",
                columns: table => new
                {
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Option = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_votes", x => new { x.BallotId, x.Sequence });
                });

            migrationBuilder.CreateIndex(
                name: "IX_amendment_comments_AmendmentId_Id",
                table: "amendment_comments",
                columns: new[] { "AmendmentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_amendments_Charter_ClauseId",
                table: "amendments",
                columns: new[] { "Charter", "ClauseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ballots_Charter_SubjectKind_SubjectReference",
                table: "ballots",
                columns: new[] { "Charter", "SubjectKind", "SubjectReference" });

            migrationBuilder.CreateIndex(
                name: "IX_ballots_ClosedAt_Deadline",
                table: "ballots",
                columns: new[] { "ClosedAt", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_PersonId_ReadAt",
                table: "notifications",
                columns: new[] { "PersonId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "amendment_comments");

            migrationBuilder.DropTable(
                name: "amendments");

            migrationBuilder.DropTable(
                name: "ballot_voters");

            migrationBuilder.DropTable(
                name: "ballots");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "votes");
        }
    }
}
