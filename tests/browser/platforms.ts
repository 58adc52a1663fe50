// Each platform fixture's compose boxes and Post buttons (0: the timeline composer, 1: the second
// one, in a modal): one table for the platform stories and for the tests that walk every platform.
import type { PlatformSpec } from './platform-story.js';

const timelineOrDialog = (i: number) => (i === 0 ? '#main' : 'body > [role="dialog"]');

export const PLATFORMS = {
  /** Draft.js under React 18, testids from Draft's webDriverTestID, tweetButtonInline / tweetButton. */
  x: {
    page: 'x',
    site: 'x',
    box: (i) => `[data-testid="tweetTextarea_${i}"]`,
    postButton: (i) => `[data-testid="${i === 0 ? 'tweetButtonInline' : 'tweetButton'}"]`,
    submitShortcut: true,
  },
  /** Quill 2 in the share box, Post as button.share-actions__primary-action. */
  linkedin: {
    page: 'linkedin',
    site: 'linkedin',
    box: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} .ql-editor`,
    postButton: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} button.share-actions__primary-action`,
    submitShortcut: false,
    undoMergeMs: 1000,
  },
  /** Lexical (plain text + history) in a dialog, Post as div[role=button][aria-label=Post]. */
  facebook: {
    page: 'facebook',
    site: 'facebook',
    box: (i) => `${timelineOrDialog(i)} [data-lexical-editor="true"]`,
    postButton: (i) => `${timelineOrDialog(i)} [role="button"][aria-label="Post"]`,
    submitShortcut: false,
  },
  /** Lexical with spellcheck off, labelled "Write a caption...", published by a div[role=button]
   * whose only marker is its text "Share". */
  instagram: {
    page: 'instagram',
    site: 'instagram',
    box: (i) => `${timelineOrDialog(i)} [role="textbox"][data-lexical-editor="true"]`,
    postButton: (i) => `${timelineOrDialog(i)} div[role="button"]:text-is("Share")`,
    submitShortcut: false,
  },
  /** A textbox labelled "Empty text field…" (Lexical, inferred) in a dialog, posted by a
   * div[role=button] reading "Post". */
  threads: {
    page: 'threads',
    site: 'threads',
    box: (i) => `${i === 0 ? '#main [role="dialog"]' : 'body > [role="dialog"]'} [role="textbox"][contenteditable="true"]`,
    postButton: (i) => `${i === 0 ? '#main [role="dialog"]' : 'body > [role="dialog"]'} div[role="button"]:text-is("Post")`,
    submitShortcut: false,
  },
  /** TipTap 3 (ProseMirror), composerPublishBtn, Mod+Enter handled by the editor. */
  bluesky: {
    page: 'bluesky',
    site: 'bluesky',
    box: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} .ProseMirror`,
    postButton: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} [data-testid="composerPublishBtn"]`,
    submitShortcut: true,
  },
  /** A React-controlled textarea (the mirror overlay path, execCommand on a text field). */
  mastodon: {
    page: 'mastodon',
    site: 'mastodon',
    box: (i) => (i === 0 ? '#main textarea' : '[role="dialog"] textarea'),
    postButton: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} .compose-form__submit button[type="submit"]`,
    submitShortcut: true,
  },
  /** Lexical slotted into shreddit-composer (whose own chrome is in a shadow root), posted by its
   * slotted submit button; the second composer is a comment reply inside another component's
   * shadow root, so discovery, highlights, the card and the check all work across shadow trees. */
  reddit: {
    page: 'reddit',
    site: 'reddit',
    box: (i) => (i === 0 ? '#main shreddit-composer > [role="textbox"]' : 'comment-composer-host shreddit-composer > [role="textbox"]'),
    postButton: (i) => (i === 0 ? '#main button[slot="submit-button"]' : 'comment-composer-host button[slot="submit-button"]'),
    submitShortcut: false,
  },
} satisfies Record<string, PlatformSpec>;
