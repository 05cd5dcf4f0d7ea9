using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Governance.Migrations
{
    /// <inheritdoc />
    public partial class PerOrganisationBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Both are plain added columns, so SQLite needs no table rebuild and the migration
            // stays inside its transaction. Every ballot before this one counted members.
            migrationBuilder.AddColumn<string>(
                name: "CastBy",
                table: "votes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "ballots",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Member");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CastBy",
                table: "votes");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "ballots");
        }
    }
}
