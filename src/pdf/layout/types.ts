/** Shared layout types: colours, drawing operations and pages. Units are PDF points, y measured down from the top. */
export type Color = readonly [number, number, number];

export type Op =
  | { readonly k: 'text'; readonly x: number; readonly y: number; readonly size: number; readonly bold: boolean; readonly color: Color; readonly text: string; readonly charSpace?: number }
  | { readonly k: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill?: Color; readonly stroke?: Color; readonly lw?: number }
  | { readonly k: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly color: Color; readonly lw: number; readonly dash?: readonly number[] }
  | { readonly k: 'link'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly url?: string; readonly page?: number };

export interface Page {
  readonly width: number;
  readonly height: number;
  readonly ops: Op[];
}

export interface Anchor {
  readonly id: string;
  readonly title: string;
  readonly level: number;
  page: number;
  y: number;
}
