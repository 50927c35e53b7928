"""The feature versions a model card must name to be loaded.

They live apart from ``features.py`` (which imports scikit-learn) so that a
model can be verified without importing scikit-learn: the batch job's parent
process checks the models and hands the work to processes that load them.
"""

FEATURE_VERSION = 7
"""Segment features (``filter/features.py``). Bumped whenever a change there
alters what a fitted model sees; the loader refuses a model whose card names
another version. 3: no "plain line" feature (see ``features.BLOCK_NAMES``).
4: the promo features read what the rules read (``patterns.is_promo_rule``):
the headers of ``PROMO_HEADERS_MORE``, and a header in brackets or behind a
bullet, ``[Read more: …]``. 5: more headers in ``PROMO_HEADERS_MORE``
("You may like", "Most viewed", "Around the web", "Lesen Sie hier" …),
and a header behind ``>>``. 6: "Key events" and Russian "Другие новости"
and the like among them, and a teaser after a full-width colon or a closing
bracket (``相关新闻：…``, ``【関連記事】…``). 7: more headers ("More local
news", "Other news", Indonesian "Berita terkait", Turkish "Benzer haberler",
Thai, Persian, Arabic, Vietnamese, Czech and Romanian ones), and three dots
after a header (``ये भी पढ़ें...``)."""

BLOCK_FEATURE_VERSION = 3
"""Block features (``filter/blocks.py``), likewise. 3: words are counted in
scripts that put no spaces between them (Chinese, Japanese, Thai …)."""
