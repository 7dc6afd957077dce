import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string | number | undefined | null>;

const kebab = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));

/**
 * Sets inline styles through the CSSOM only. Lit's `styleMap` writes a `style`
 * attribute on first render, which a strict Content-Security-Policy
 * (`style-src` without 'unsafe-inline') blocks; `element.style` is allowed.
 * Use as `style=${cspStyle({ left: '10px' })}`.
 */
class CspStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cspStyle belongs in a style attribute');
  }

  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      const property = kebab(name);
      next.add(property);
      style.setProperty(property, String(value));
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

export const cspStyle = directive(CspStyleDirective);
