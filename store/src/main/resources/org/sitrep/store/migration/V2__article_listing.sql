-- The newest articles first, for the web app's article list: an index range, not a sort of every
-- stored article.
CREATE INDEX article_ingested ON article (ingested_at, id)
;
