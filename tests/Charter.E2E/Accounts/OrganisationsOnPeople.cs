using Microsoft.Playwright;

namespace Charter.E2E.Accounts;

/// <summary>What a steward does with organisations on the People page, from the keyboard where a person would.</summary>
public static class OrganisationsOnPeople
{
    /// <summary>Fills the create form and submits it with Enter in its last text field.</summary>
    public static async Task CreateAsync(IPage steward, string name, string country, string website = "")
    {
        var form = steward.Locator("form[aria-labelledby='organisation-create-title']");
        await form.Locator("input[name='Form.Name']").FillAsync(name);
        await form.Locator("input[name='Form.Country']").FillAsync(country);
        var websiteField = form.Locator("input[name='Form.Website']");
        await websiteField.FillAsync(website);
        await websiteField.PressAsync("Enter");
        await Assertions.Expect(Card(steward, name)).ToBeVisibleAsync();
    }

    /// <summary>Adds <paramref name="person"/> to the organisation, then makes them its delegate.</summary>
    public static async Task NameDelegateAsync(IPage steward, string organisation, string person)
    {
        await Card(steward, organisation).Locator("select[name='Adding.PersonId']").SelectOptionAsync(new SelectOptionValue { Label = person });
        await Card(steward, organisation).GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Card(steward, organisation).GetByRole(AriaRole.Button, new() { Name = $"Make {person} a delegate" }).ClickAsync();
        await Assertions.Expect(Card(steward, organisation).Locator($"li[data-person='{person}']")).ToHaveAttributeAsync("data-delegate", "true");
    }

    private static ILocator Card(IPage steward, string organisation) =>
        steward.Locator($"article.organisation[data-organisation='{organisation}']");
}
