-- No query looks outcomes up by merchant (the statement step regroups the lines of a run by merchant from a spill
-- or one pass), and keeping it cost about two thirds of the insert time of the millions of outcome rows a night: its
-- keys arrive in random merchant order.
DROP INDEX recon_outcome_merchant;
