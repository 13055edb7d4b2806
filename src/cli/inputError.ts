// The error of an input the command cannot read, with the one-line message to print. Kept apart
// from inputs.ts so that the main thread can tell it without loading ExcelJS.

export class InputError extends Error {}
