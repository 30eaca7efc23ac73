import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Patient} from '../models';
import {AppointmentRepository} from '../repositories';

// LoopBack 3's endpoints of Appointment.patient, at its paths (/Appointments/{id}/patient).
export class AppointmentPatientController {
  constructor(
    @repository(AppointmentRepository)
    protected appointmentRepository: AppointmentRepository,
  ) {}

  @get('/Appointments/{id}/patient')
  @response(200, {
    description: 'Appointment.patient: the Patient it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Patient),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Patient> {
    return this.appointmentRepository.patient(id);
  }
}
