-- DropIndex
DROP INDEX "ApplicationTerm_endsOn_idx";
