// LegalSearch page behaviour, loaded as a file (the Content-Security-Policy allows no inline script).
"use strict";

document.addEventListener("click", async (event) => {
  const copy = event.target.closest("button.copy[data-citation]");
  if (copy) {
    const status = document.querySelector("[data-copy-status]");
    try {
      await navigator.clipboard.writeText(copy.dataset.citation);
      copy.classList.add("copied");
      if (status) status.textContent = `${status.dataset.copied}: ${copy.dataset.citation}`;
      copy.setAttribute("aria-describedby", "");
      const label = copy.textContent;
      copy.textContent = status ? status.dataset.copied : "✓";
      setTimeout(() => { copy.textContent = label; copy.classList.remove("copied"); }, 2000);
    } catch {
      if (status) status.textContent = copy.dataset.citation;
    }
    return;
  }
  if (event.target.closest("[data-print]")) window.print();
});

// A permalink to a provision of a long statute that lives in another part: go to that part (its link is in the contents).
function followAnchorToItsPart() {
  const anchor = decodeURIComponent(location.hash.slice(1));
  if (!anchor || document.getElementById(anchor)) return;
  const link = document.querySelector(`.toc a[data-anchor="${CSS.escape(anchor)}"]`);
  if (link && link.getAttribute("href") !== `#${anchor}`) location.replace(link.href);
}
followAnchorToItsPart();
window.addEventListener("hashchange", followAnchorToItsPart);
