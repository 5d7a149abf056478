/** The data a template is rendered against: UPPER_SNAKE keys; strings/numbers are scalars, booleans
 * drive conditions, arrays of objects drive loops (`NAME__ITEMS` when `NAME` is also a scalar). */
export type ViewModel = Record<string, unknown>;

/** A placeholder, loop or condition the model had no value for. */
export interface Unfilled {
  /** The template file as given in the render options. */
  file: string;
  /** 1-based line of the tag in the template. */
  line: number;
  name: string;
  /** What the name was used as: a scalar and a loop render `TBD (NAME)`; a condition renders its ELSE branch. */
  kind: 'scalar' | 'loop' | 'condition';
}

export interface RenderResult {
  text: string;
  unfilled: Unfilled[];
  language: TemplateLanguage;
}

export type TemplateLanguage = 'aiflow' | 'mustache';

export interface RenderOptions {
  /** Shown in errors and in `unfilled`; also decides Markdown tidying (files ending `.md`). */
  file: string;
  /** Apply the Markdown tidy pass (default: `file` ends with `.md`). */
  markdown?: boolean;
}

export type Node = TextNode | VarNode | EachNode | IfNode | SectionNode;

export interface TextNode {
  type: 'text';
  value: string;
}

export interface VarNode {
  type: 'var';
  name: string;
  line: number;
  /** Whitespace before the tag when nothing else precedes it on its line: continuation lines get it too. */
  indent: string | null;
}

export interface EachNode {
  type: 'each';
  name: string;
  line: number;
  /** The opening tag was alone on its line. */
  standalone: boolean;
  body: Node[];
}

export interface IfNode {
  type: 'if';
  /** The condition's name: `X` for both `{{#IF X}}` and `{{#IF_X}}`. */
  name: string;
  line: number;
  then: Node[];
  else: Node[];
}

/** `{{#NAME}}…{{/NAME}}`: loops over an array, enters an object, or renders once when truthy. */
export interface SectionNode {
  type: 'section';
  name: string;
  line: number;
  standalone: boolean;
  body: Node[];
}
