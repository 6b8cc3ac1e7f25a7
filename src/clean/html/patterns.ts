// Boilerplate cues as data. Class/id fragments are matched against the class, id, role and itemprop
// of a block's nearest ancestors; text cues against the block's own text. They describe kinds of
// page furniture common to news sites in general (trafilatura and Readability keep similar lists),
// never one site's markup.
import type { RemovedKind } from '../../types/article.js';

export interface ContextCue {
  kind: RemovedKind;
  /** Fragments of a class, id, role or itemprop value (lower case). */
  fragments: readonly string[];
}

export const CONTEXT_CUES: readonly ContextCue[] = [
  {
    kind: 'caption',
    fragments: [
      'caption',
      'figcaption',
      'credit',
      'gallery',
      'slide-count',
      'photo-credit',
      'img-credit',
      'media-credit',
    ],
  },
  {
    kind: 'navigation',
    fragments: [
      'breadcrumb',
      'topnav',
      'subnav',
      'navbar',
      'menu',
      'pagination',
      'skip-link',
      'print-header',
      'control-bar',
    ],
  },
  {
    kind: 'related-links',
    fragments: [
      'related',
      'recommend',
      'trending',
      'most-popular',
      'mostpopular',
      'more-stories',
      'read-more',
      'readmore',
      'also-read',
      'outbrain',
      'taboola',
    ],
  },
  {
    kind: 'boilerplate',
    fragments: [
      'newsletter',
      'signup',
      'sign-up',
      'subscribe',
      'subscription',
      'share',
      'social',
      'gigya',
      'promo',
      'author-bio',
      'authorbio',
      'bio-title',
      'user_tools',
      'login',
      'paywall',
      'cookie',
      'infobox',
      'tags',
      'rating',
    ],
  },
  { kind: 'comment', fragments: ['comment', 'disqus', 'vuukle', 'vukkle'] },
  {
    kind: 'advertisement',
    fragments: ['advert', 'sponsor', 'dfp', 'ad-slot', 'adslot', 'ad-container', 'adsbygoogle'],
  },
  {
    kind: 'byline',
    fragments: [
      'byline',
      'author',
      'post-meta',
      'entry-meta',
      'dateline',
      'timestamp',
      'pubdate',
      'published',
      'updated',
    ],
  },
];

/** Ancestor tags whose text is page furniture wherever they appear inside the article. */
export const FURNITURE_TAGS: Readonly<Record<string, RemovedKind>> = {
  nav: 'navigation',
  aside: 'related-links',
  footer: 'boilerplate',
  form: 'boilerplate',
};

export interface TextCue {
  kind: RemovedKind;
  name: string;
  pattern: RegExp;
}

/**
 * Cues read from a block's own text. A cue at the start of a short block marks the block;
 * "Read more: <headline>" in several languages, share and sign-up prompts, photo credits.
 */
export const TEXT_CUES: readonly TextCue[] = [
  {
    kind: 'related-links',
    name: 'read-more-cue',
    pattern:
      /^(read more|read also|also read|related|see also|more:|don'?t miss|leia (também|mais)|leggi anche|lee también|lire aussi|lesen sie auch|also on)\b/i,
  },
  {
    kind: 'caption',
    name: 'photo-credit',
    pattern:
      /^(\(?(image|photo|picture|pic|foto|credit)s?\s*(:|©|by)|image \d+ of|\d+ ?of ?\d+\b)|\((image|photo|picture|pic|credit)s?\s*(:|by|©)[^)]*\)\s*$|\b(photo|image|picture)s?\s*©|\b(getty images|shutterstock|reuters|ap photo|afp)\)?\s*$/i,
  },
  {
    kind: 'boilerplate',
    name: 'newsletter-promo',
    pattern: /\b(sign up|subscribe)\b[^.!?]*\b(newsletter|inbox|daily email|briefing)\b/i,
  },
  {
    kind: 'boilerplate',
    name: 'share-prompt',
    pattern:
      /^(share (this|it|on)|like this (story|article)|follow (us|@)|click here to (get|download|subscribe|sign)|sign (up|in)\b|subscribe\b|get (breaking|the latest)|download (the|our) app|tell us what you think|post comment|add (a )?comment|comments?$)/i,
  },
  {
    kind: 'credit',
    name: 'credit-line',
    pattern:
      /(contributed (reporting|to this (report|story|article))|^(editing|reporting|writing|additional reporting) by\b|^source:\s)/i,
  },
  {
    kind: 'advertisement',
    name: 'advertisement label',
    pattern:
      /^(advertisement|advert|ad|sponsored|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|iklan|реклама|advertentie)$/i,
  },
  {
    kind: 'boilerplate',
    name: 'contact line',
    pattern: /^(\S+@\S+\.\w+|(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin)\.com\/\S+)$/i,
  },
  {
    kind: 'disclaimer',
    name: 'copyright-notice',
    pattern:
      /^(©|copyright\b|all rights reserved|this (material|document|story) (is subject to copyright|may not be published))/i,
  },
];
