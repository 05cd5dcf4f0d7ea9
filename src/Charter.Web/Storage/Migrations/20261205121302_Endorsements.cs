using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Endorsements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "endorsement_settings",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Signing = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_endorsement_settings", x => x.CharterId);
                    table.ForeignKey(
                        name: "FK_endorsement_settings_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "endorsements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndorserKey = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_endorsements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_endorsements_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_endorsements_CharterId_VersionNumber",
                table: "endorsements",
                columns: new[] { "CharterId", "VersionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_endorsements_one_standing",
                table: "endorsements",
                columns: new[] { "CharterId", "VersionNumber", "Kind", "EndorserKey" },
                unique: true,
                filter: "\"ConfirmedAt\" IS NOT NULL AND \"WithdrawnAt\" IS NULL AND \"HiddenAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "endorsement_settings");

            migrationBuilder.DropTable(
                name: "endorsements");
        }
    }
}
