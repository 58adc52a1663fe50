// Boxes drawn in OutLoud's own layer (underlines while typing, and everywhere where the Highlight
// API is missing) come from a pool and are hidden, never removed, while the page lives: a node
// leaving the document ends Chromium's open typing step (tests/browser/undo-steps), which would
// split the user's Ctrl+Z.

/** One pooled box and the text node inside it (empty unless the user of the pool writes it). */
export interface PooledBox {
  box: HTMLElement;
  text: Text;
}

export class BoxPool {
  private readonly pool: PooledBox[] = [];

  constructor(private readonly layer: HTMLElement) {}

  /** The box at `index`, made and appended the first time it is asked for, and shown. */
  take(index: number): PooledBox {
    let entry = this.pool[index];
    if (!entry) {
      const doc = this.layer.ownerDocument;
      const box = doc.createElement('div');
      const text = doc.createTextNode('');
      box.append(text);
      this.layer.append(box);
      entry = { box, text };
      this.pool.push(entry);
    }
    if (entry.box.style.display === 'none') entry.box.style.display = '';
    return entry;
  }

  /** Hides every box from `index` on. */
  hideFrom(index: number): void {
    for (let i = index; i < this.pool.length; i++) {
      const { box } = this.pool[i]!;
      if (box.style.display !== 'none') box.style.display = 'none';
    }
  }

  clear(): void {
    this.pool.length = 0;
  }
}
