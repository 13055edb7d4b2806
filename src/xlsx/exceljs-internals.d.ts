// Two modules inside ExcelJS that the fast reader uses so that it decides dates exactly as ExcelJS
// does; they are plain CommonJS without typings of their own.

declare module "exceljs/lib/xlsx/defaultnumformats" {
  /** Built-in number formats by id; ids whose format depends on the locale have no `f`. */
  const formats: Record<string, { f?: string } | undefined>;
  export = formats;
}

declare module "exceljs/lib/utils/utils" {
  const utils: {
    isDateFmt(fmt: string | undefined): boolean;
    xmlDecode(text: string): string;
    excelToDate(serial: number, date1904: boolean): Date;
  };
  export = utils;
}
