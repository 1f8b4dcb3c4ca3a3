export type ExportKind = 'class' | 'function' | 'object' | 'constant';
export interface ExportDescription {
  kind: ExportKind;
  type?: string;
}
export declare function exportKind(value: unknown): ExportKind;
export declare function describeExport(value: unknown): ExportDescription;
