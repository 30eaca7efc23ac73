import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Customer} from '../models';
import {OrderRepository} from '../repositories';

// LoopBack 3's endpoints of Order.customer, at its paths (/Orders/{id}/customer).
export class OrderCustomerController {
  constructor(
    @repository(OrderRepository)
    protected orderRepository: OrderRepository,
  ) {}

  @get('/Orders/{id}/customer')
  @response(200, {
    description: 'Order.customer: the Customer it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Customer),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Customer> {
    return this.orderRepository.customer(id);
  }
}
