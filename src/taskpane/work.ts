// How a panel runs an action: the pane marks it busy under the action's name (the button that started
// it shows the progress), shows its error as a banner and its result in the status line.

export type Work = (origin: string, job: () => Promise<string | void>) => Promise<void>;
