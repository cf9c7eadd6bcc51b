-- No query looks outcomes up by merchant (statements sort D's rows by merchant and time, which this index cannot
-- serve), and keeping it cost about two thirds of the insert time of the millions of outcome rows a night: its
-- keys arrive in random merchant order.
DROP INDEX recon_outcome_merchant;
