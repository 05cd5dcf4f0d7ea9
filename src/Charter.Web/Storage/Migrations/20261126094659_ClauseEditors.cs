using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ClauseEditors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clause_editors",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClauseId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastEditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clause_editors", x => new { x.CharterId, x.ClauseId, x.UserId });
                    table.ForeignKey(
                        name: "FK_clause_editors_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clause_editors");
        }
    }
}
