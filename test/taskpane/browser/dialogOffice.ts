// A fake Office for the ribbon dialog's page: theme from ?theme=dark, messageParent recorded in
// window.sent.

const query = new URLSearchParams(window.location.search);
const sent: string[] = [];
Object.assign(window, {
  sent,
  Office: {
    context: {
      officeTheme:
        query.get("theme") === "dark"
          ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", isDarkTheme: true }
          : undefined,
      ui: { messageParent: (m: string) => void sent.push(m) },
    },
    onReady(callback?: () => void) {
      callback?.();
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
  },
});
