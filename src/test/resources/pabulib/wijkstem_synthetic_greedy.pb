META
key;value
description;Synthetic election made for Wijkstem's tests (not real data): the Add1 completion chooses 1 and 2, the greedy rule 2 and 3
country;Nowhere
unit;Wijkstem test
instance;synthetic-greedy
num_projects;3
num_votes;3
budget;15
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;votes;name;selected
1;6;1;Bench by the pond;0
2;8;2;Playground fence;1
3;5;1;Tree in the square;1
VOTES
voter_id;vote
1;1
2;2,3
3;2
