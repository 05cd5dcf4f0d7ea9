using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Accounts.Migrations
{
    /// <inheritdoc />
    public partial class NotificationMailOptOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Notification mail is opt-out: people who joined before it existed get it too.
            migrationBuilder.AddColumn<bool>(
                name: "ReceivesNotificationMail",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReceivesNotificationMail",
                table: "AspNetUsers");
        }
    }
}
