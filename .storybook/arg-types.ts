/**
 * Storybook's docs table for an element, from the Custom Elements Manifest.
 *
 * Storybook's own reader keys every row by its bare name, so a property and a
 * CSS part of one name (`reference`, `error`) keep only the part; it lists an
 * attribute-backed property twice (`hideSource` and `hide-source`, and only one
 * of them drives the story); and it leaves out methods. Here each property is
 * one row, named by its attribute where it has one; parts are `::part(name)`;
 * methods and read-only properties are listed without a control.
 */
import type { ArgTypes, ArgTypesEnhancer, InputType, StrictArgTypes } from 'storybook/internal/types';

interface Described {
  name: string;
  description?: string;
  summary?: string;
}

interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'protected' | 'private';
  readonly?: boolean;
  type?: { text: string };
  default?: string;
  attribute?: string;
  parameters?: { name: string; type?: { text: string } }[];
  return?: { type?: { text: string } };
}

interface Declaration extends Described {
  tagName?: string;
  members?: Member[];
  events?: (Described & { type?: { text: string } })[];
  cssProperties?: (Described & { default?: string })[];
  cssParts?: Described[];
}

export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** No control, and no "Setup controls" link in its place (which `control: false` still shows). */
const NO_CONTROL = { disable: true } as const;

/** The string values of a type like `'light' | 'dark' | undefined`, or none if it is anything else. */
export const literalOptions = (type: string | undefined): string[] | undefined => {
  const members = (type ?? '').split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  return members.length > 0 && members.every((member) => /^'[^']*'$/.test(member)) ? members.map((member) => member.slice(1, -1)) : undefined;
};

const row = (name: string, category: string, description: string | undefined, type?: string, defaultValue?: string): InputType => ({
  name,
  description: description ?? '',
  table: {
    category,
    ...(type && { type: { summary: type } }),
    ...(defaultValue !== undefined && { defaultValue: { summary: defaultValue } }),
  },
});

/** `sc-load` → `onScLoad`, the arg Storybook's actions panel logs the event under. */
const actionName = (event: string) => `on${event.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

export const argTypesOf = (manifest: Manifest, tagName: string): ArgTypes => {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.static || (member.privacy ?? 'public') !== 'public') continue;
    if (member.kind === 'method') {
      const parameters = (member.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ');
      argTypes[member.name] = { ...row(`${member.name}()`, 'methods', member.description, `(${parameters}) => ${member.return?.type?.text ?? 'void'}`), control: NO_CONTROL };
    } else if (member.readonly) {
      argTypes[member.name] = { ...row(member.name, 'read-only properties', member.description, member.type?.text), control: NO_CONTROL };
    } else {
      const attribute = member.attribute;
      const description = [member.description, attribute && attribute !== member.name ? `Property: \`${member.name}\`.` : ''].filter(Boolean).join('\n\n');
      const options = literalOptions(member.type?.text);
      argTypes[member.name] = {
        ...row(attribute ?? member.name, attribute ? 'attributes' : 'properties', description, member.type?.text, member.default),
        ...(options && { options, control: { type: 'inline-radio' } }),
      };
    }
  }
  for (const event of element.events ?? []) {
    argTypes[actionName(event.name)] = { name: actionName(event.name), action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = { ...row(event.name, 'events', event.description, event.type?.text), control: NO_CONTROL };
  }
  for (const property of element.cssProperties ?? []) {
    argTypes[property.name] = { ...row(property.name, 'css custom properties', property.description, undefined, property.default), control: NO_CONTROL };
  }
  for (const part of element.cssParts ?? []) {
    argTypes[`::part(${part.name})`] = { ...row(`::part(${part.name})`, 'css shadow parts', part.description), control: NO_CONTROL };
  }
  return argTypes;
};

/**
 * A control only for what the story renders from its args: a row it ignores
 * (`data`, set in the story's code) is documented but offers no control that
 * would change nothing.
 */
export const controlsForStoryArgs: ArgTypesEnhancer = (context) =>
  Object.fromEntries(
    Object.entries(context.argTypes).map(([key, argType]) => [key, key in context.initialArgs || argType.action ? argType : { ...argType, control: NO_CONTROL }]),
  ) as StrictArgTypes;
