-- Reference data: offices of the consular network that receive reports (more are added by administrators).
insert into consulate (code, name, city, country, time_zone) values
 ('MAE-CENTRAL', 'Mecanismo de Apoyo Exterior – Unidad central (SRE)', 'Ciudad de México', 'MX', 'America/Mexico_City'),
 ('LAX', 'Consulado General de México en Los Ángeles', 'Los Ángeles', 'US', 'America/Los_Angeles'),
 ('HOU', 'Consulado General de México en Houston', 'Houston', 'US', 'America/Chicago'),
 ('CHI', 'Consulado General de México en Chicago', 'Chicago', 'US', 'America/Chicago'),
 ('NYC', 'Consulado General de México en Nueva York', 'Nueva York', 'US', 'America/New_York'),
 ('GUA', 'Embajada de México en Guatemala', 'Ciudad de Guatemala', 'GT', 'America/Guatemala'),
 ('TGU', 'Embajada de México en Honduras', 'Tegucigalpa', 'HN', 'America/Tegucigalpa'),
 ('SAL', 'Embajada de México en El Salvador', 'San Salvador', 'SV', 'America/El_Salvador'),
 ('PAP', 'Embajada de México en Haití', 'Puerto Príncipe', 'HT', 'America/Port-au-Prince'),
 ('MAD', 'Embajada de México en España', 'Madrid', 'ES', 'Europe/Madrid'),
 ('PAR', 'Embajada de México en Francia', 'París', 'FR', 'Europe/Paris'),
 ('BSB', 'Embajada de México en Brasil', 'Brasilia', 'BR', 'America/Sao_Paulo');
