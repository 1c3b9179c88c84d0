-- An HTTP monitor may require a keyword in the body (or its absence); an HTTPS one records its certificate's expiry.
CREATE TYPE "KeywordMode" AS ENUM ('PRESENT', 'ABSENT');

ALTER TABLE "ServiceCheck" ADD COLUMN "keyword" TEXT,
ADD COLUMN "keywordMode" "KeywordMode",
ADD COLUMN "certExpiresAt" TIMESTAMP(3);
