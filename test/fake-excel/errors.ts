// Errors shaped like OfficeExtension.Error: a code, a message, debugInfo.

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}
