// The progress of a bulk signing (học bạ): polls the job until it ends, then reloads for the report.
(() => {
  const panel = document.querySelector("[data-signing-job]");
  if (!panel || panel.querySelector("[data-testid=signing-done]")) return;
  const bar = panel.querySelector("progress");
  const text = panel.querySelector("[data-progress-text]");
  const say = (j) => panel.dataset.template.replace("{0}", j.done).replace("{1}", j.total).replace("{2}", j.succeeded);
  const tick = async () => {
    try {
      const response = await fetch(panel.dataset.signingJob, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const job = await response.json();
      bar.max = Math.max(1, job.total);
      bar.value = job.done;
      text.textContent = say(job);
      if (job.finished) {
        window.location.replace(panel.dataset.done);
        return;
      }
    } catch {
      // a dropped request: try again on the next tick
    }
    setTimeout(tick, 600);
  };
  tick();
})();
