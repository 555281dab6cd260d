-- Reason templates for every decision, each written for the person who reads it: the
-- author of the idea or comment, the residents who reported it (a dismissed report), or
-- everyone (a status update or an official answer on the idea page). New decisions:
-- showing something again, changing the text (for clarity or to take out personal
-- data) and the official answer.

-- "Persoonlijke gegevens weghalen" asks the author to change the text and send it again,
-- which an author cannot do with a hidden public idea: it stays for asking changes only.
delete from reason_template_kind
where kind = 'HIDE'
  and template_id in (select id from reason_template where title_nl = 'Persoonlijke gegevens weghalen');

insert into reason_template (version, title_nl, title_en, text_nl, text_en) values
(0, 'Persoonlijke gegevens in de tekst', 'Personal details in the text',
 'In je tekst staan persoonlijke gegevens, zoals een naam, een adres of een telefoonnummer. Die laten we niet op de website zien. Daarom is je tekst nu verborgen. Zo beschermen we de privacy van iedereen.',
 'Your text contains personal details, such as a name, an address or a phone number. We do not show these on the website. That is why your text is now hidden. This protects everyone''s privacy.'),
(0, 'Reclame of spam', 'Advertising or spam',
 'Je tekst gaat over reclame of iets wat je wilt verkopen. Dat past niet op deze website. Daarom is je tekst nu verborgen. Heb je een idee voor de wijk? Dan lezen we dat graag.',
 'Your text is about advertising or something you want to sell. That does not belong on this website. That is why your text is now hidden. Do you have an idea for the neighbourhood? We would love to read it.'),
(0, 'Melding: een mening mag', 'Report: opinions are allowed',
 'Bedankt voor je melding. We begrijpen dat je het niet eens bent met deze tekst. Iedereen mag zijn mening geven, als dat vriendelijk gebeurt. Deze tekst past binnen onze regels. Daarom blijft hij zichtbaar.',
 'Thank you for your report. We understand that you do not agree with this text. Everyone may give their opinion, as long as it is friendly. This text is within our rules. That is why it stays visible.'),
(0, 'Weer zichtbaar', 'Visible again',
 'We hebben je tekst opnieuw bekeken. Hij past binnen onze regels. Daarom is hij weer voor iedereen te zien. Sorry dat het even duurde.',
 'We have looked at your text again. It is within our rules. That is why everyone can see it again. Sorry that it took a while.'),
(0, 'Tekst duidelijker gemaakt', 'Text made clearer',
 'We hebben je tekst een beetje aangepast, zodat iedereen hem goed begrijpt. Je idee zelf is niet veranderd. Klopt er iets niet? Laat het ons weten.',
 'We have changed your text a little, so that everyone understands it well. Your idea itself has not changed. Is something not right? Please let us know.'),
(0, 'Persoonlijke gegevens uit de tekst gehaald', 'Personal details taken out of the text',
 'We hebben persoonlijke gegevens uit je tekst gehaald, zoals een naam, een adres of een telefoonnummer. Die laten we niet op de website zien. Zo beschermen we jouw privacy en die van anderen. Je idee zelf is niet veranderd.',
 'We have taken personal details out of your text, such as a name, an address or a phone number. We do not show these on the website. This protects your privacy and the privacy of others. Your idea itself has not changed.'),
(0, 'We nemen het mee', 'We take it into account',
 'Bedankt voor dit idee. Het programmabureau neemt het mee in de plannen voor de wijk. Op deze pagina lees je wanneer er nieuws is.',
 'Thank you for this idea. The programme bureau takes it into account in the plans for the neighbourhood. You can read on this page when there is news.'),
(0, 'Het werk is begonnen', 'The work has started',
 'Goed nieuws: het werk aan dit idee is begonnen. Op deze pagina laten we zien hoe het gaat.',
 'Good news: the work on this idea has started. On this page we show how it is going.');

insert into reason_template_kind (template_id, kind)
select id, 'HIDE' from reason_template where title_nl in ('Persoonlijke gegevens in de tekst', 'Reclame of spam');
insert into reason_template_kind (template_id, kind)
select id, 'REPORT_UPHELD' from reason_template where title_nl in ('Persoonlijke gegevens in de tekst', 'Reclame of spam');
insert into reason_template_kind (template_id, kind)
select id, 'REPORT_DISMISSED' from reason_template where title_nl = 'Melding: een mening mag';
insert into reason_template_kind (template_id, kind)
select id, 'SHOW_AGAIN' from reason_template where title_nl = 'Weer zichtbaar';
insert into reason_template_kind (template_id, kind)
select id, 'REVISE_CLARITY' from reason_template where title_nl = 'Tekst duidelijker gemaakt';
insert into reason_template_kind (template_id, kind)
select id, 'REVISE_PERSONAL_DATA' from reason_template where title_nl = 'Persoonlijke gegevens uit de tekst gehaald';
insert into reason_template_kind (template_id, kind)
select id, 'ANSWER' from reason_template where title_nl in ('We nemen het mee', 'Doorgegeven aan de gemeente');
insert into reason_template_kind (template_id, kind)
select id, 'STATUS_UPDATE' from reason_template where title_nl = 'Het werk is begonnen';
