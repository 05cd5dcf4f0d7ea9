// Copy buttons for the links a steward issues (Components/Accounts/IssuedLink.razor). Without this
// script the buttons stay hidden and the link can still be selected by hand.
for (const button of document.querySelectorAll("[data-copy-link]")) {
  const box = button.closest(".issued-link");
  const text = box.querySelector(".issued-link-text");
  const done = box.querySelector("[data-copy-done]");
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    await navigator.clipboard.writeText(text.value);
    done.hidden = false;
  });
}
