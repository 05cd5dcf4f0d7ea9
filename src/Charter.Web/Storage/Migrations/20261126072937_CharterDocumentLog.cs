using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class CharterDocumentLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charter_translations");

            migrationBuilder.DropTable(
                name: "clause_translations");

            migrationBuilder.DropTable(
                name: "part_translations");

            migrationBuilder.DropTable(
                name: "clauses");

            migrationBuilder.DropTable(
                name: "parts");

            // The charter's text moves into its Y.Doc (snapshot + update log). Before this
            // migration text only ever came from drafts/, never from editing, so the charters are
            // removed and the next start imports drafts/ again as Docs: nothing written by a
            // person is lost, and no charter is left without a snapshot.
            //
            // With its rows gone and no table referring to it any more (the tables above were its
            // only dependants), the table is dropped and created with its new columns. Dropping
            // the three columns instead makes SQLite rebuild the table with foreign keys switched
            // off, which cannot run inside the migration's transaction; this way the whole
            // migration is one transaction and leaves the same schema.
            migrationBuilder.DropTable(
                name: "charters");

            migrationBuilder.CreateTable(
                name: "charters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_charters_Name",
                table: "charters",
                column: "Name",
                unique: true);

            migrationBuilder.CreateTable(
                name: "charter_snapshots",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpToSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charter_snapshots", x => x.CharterId);
                    table.ForeignKey(
                        name: "FK_charter_snapshots_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "charter_updates",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Update = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ClientId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charter_updates", x => new { x.CharterId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_charter_updates_charters_CharterId",
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
                name: "charter_snapshots");

            migrationBuilder.DropTable(
                name: "charter_updates");

            migrationBuilder.AddColumn<string>(
                name: "Preamble",
                table: "charters",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SourceLanguage",
                table: "charters",
                type: "TEXT",
                maxLength: 35,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "charters",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "charter_translations",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Preamble = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charter_translations", x => new { x.CharterId, x.Language });
                    table.ForeignKey(
                        name: "FK_charter_translations_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "parts",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parts", x => new { x.CharterId, x.Id });
                    table.ForeignKey(
                        name: "FK_parts_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clauses",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    PartId = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clauses", x => new { x.CharterId, x.Id });
                    table.ForeignKey(
                        name: "FK_clauses_charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_clauses_parts_CharterId_PartId",
                        columns: x => new { x.CharterId, x.PartId },
                        principalTable: "parts",
                        principalColumns: new[] { "CharterId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "part_translations",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartId = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_part_translations", x => new { x.CharterId, x.PartId, x.Language });
                    table.ForeignKey(
                        name: "FK_part_translations_parts_CharterId_PartId",
                        columns: x => new { x.CharterId, x.PartId },
                        principalTable: "parts",
                        principalColumns: new[] { "CharterId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clause_translations",
                columns: table => new
                {
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClauseId = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clause_translations", x => new { x.CharterId, x.ClauseId, x.Language });
                    table.ForeignKey(
                        name: "FK_clause_translations_clauses_CharterId_ClauseId",
                        columns: x => new { x.CharterId, x.ClauseId },
                        principalTable: "clauses",
                        principalColumns: new[] { "CharterId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clauses_CharterId_PartId",
                table: "clauses",
                columns: new[] { "CharterId", "PartId" });

            migrationBuilder.CreateIndex(
                name: "IX_clauses_CharterId_Position",
                table: "clauses",
                columns: new[] { "CharterId", "Position" },
                unique: true);
        }
    }
}
